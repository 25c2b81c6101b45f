package org.dutyboard.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DeliveryChannel")
@Description("Where the weekly report of a team is delivered.")
public enum DeliveryChannel {
  @Description("By email to the team's recipients: the report as HTML with a Markdown alternative.")
  EMAIL,
  @Description("A short summary with a link, posted to the team's chat webhook.")
  CHAT
}
