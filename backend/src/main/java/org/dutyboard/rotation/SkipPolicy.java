package org.dutyboard.rotation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SkipPolicy")
@Description("What a skipped shift (\"No clinic duty this week\") does to the order of turns.")
public enum SkipPolicy {
  @Description(
      "The rotation pauses: whoever would have held the skipped shift holds the next one instead.")
  PAUSE,
  @Description("The turn is consumed: the skipped person waits for their next regular turn.")
  CONSUME
}
