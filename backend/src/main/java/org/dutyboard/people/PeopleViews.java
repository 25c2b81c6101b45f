package org.dutyboard.people;

import org.dutyboard.common.graphql.TimeZone;

/** People and team entities to their GraphQL views. */
public final class PeopleViews {
  private PeopleViews() {}

  public static PersonView of(Person p) {
    return new PersonView(
        p.id, p.name, p.handle, p.email, new TimeZone(p.timeZone), (int) p.version);
  }

  public static TeamView of(Team t) {
    return new TeamView(t.id, t.name, t.description, (int) t.version);
  }
}
