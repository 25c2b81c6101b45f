package org.dutyboard.clinic.requests;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RequestKind")
@Description("What a community or clinic request asks for.")
public enum RequestKind {
  @Description("A new (cloud) project; needs an approval by someone else before it is granted.")
  NEW_PROJECT,
  @Description("A quota increase; needs an approval by someone else before it is granted.")
  QUOTA_INCREASE,
  @Description("A floating IP; always goes to the weekly meeting.")
  FLOATING_IP,
  @Description("An access request (shell, groups, services).")
  ACCESS,
  @Description("A mail alias.")
  MAIL_ALIAS,
  @Description("Anything else.")
  OTHER;

  /** New projects and quota increases need another person's approval (the seeds' rule). */
  boolean needsApproval() {
    return this == NEW_PROJECT || this == QUOTA_INCREASE;
  }
}
