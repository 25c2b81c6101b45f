package org.dutyboard.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The seeds' criteria for opening an incident, offered as a checklist when declaring. */
@Enum("DeclareCriterion")
@Description("Why an incident was declared (the checklist offered on declare).")
public enum DeclareCriterion {
  @Description("The issue is unresolved even after an hour's work.")
  UNRESOLVED_AFTER_AN_HOUR,
  @Description("The coordinated involvement of more than three people is needed.")
  MORE_THAN_THREE_PEOPLE_NEEDED,
  @Description("The issue is broadly visible to users.")
  BROADLY_VISIBLE_TO_USERS
}
