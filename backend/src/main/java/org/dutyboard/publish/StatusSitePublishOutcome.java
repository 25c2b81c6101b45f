package org.dutyboard.publish;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatusSitePublishOutcome")
@Description("What a request to publish the public status site did.")
public enum StatusSitePublishOutcome {
  @Description("A new version was rendered, validated and went live.")
  PUBLISHED,
  @Description("The public content had not changed; the live version was kept.")
  UNCHANGED,
  @Description("Another replica was generating the site at that moment; nothing was done here.")
  LOCKED_ELSEWHERE
}
