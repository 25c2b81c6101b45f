#!/usr/bin/env python3
"""Seeds the data set of the load benchmark through the GraphQL API (teams, people, rotations,
components, open incidents with their timeline, status updates and follow-ups). The 1,000 resolved
incidents and the 50,000-entry incident are bulk rows (bulk.sql): through the API they would take
minutes. Prints the ids the workloads need as JSON on stdout."""
import concurrent.futures as cf
import datetime
import json
import sys
import urllib.request

URL, ADMIN = sys.argv[1], sys.argv[2]
TODAY = datetime.date.today()
ZONES = ["Europe/Berlin", "America/Chicago", "Asia/Tokyo", "UTC"]


def gql(query, variables=None, token=ADMIN):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(URL, body, {"Content-Type": "application/json",
                                             "Authorization": "Bearer " + token})
    with urllib.request.urlopen(req, timeout=60) as resp:
        answer = json.load(resp)
    if answer.get("errors"):
        raise SystemExit(f"seed failed: {answer['errors']} for {query[:80]}")
    return answer["data"]


def parallel(fn, items):
    with cf.ThreadPoolExecutor(4) as pool:
        return list(pool.map(fn, items))


def main():
    teams = parallel(lambda t: gql("mutation($i: TeamInput!){createTeam(input:$i){id}}",
                                   {"i": {"name": f"Team {t:02d}"}})["createTeam"]["id"], range(10))
    people = parallel(lambda p: gql("mutation($i: PersonInput!){createPerson(input:$i){id}}",
                                    {"i": {"name": f"Person {p:03d}", "handle": f"p{p:03d}",
                                           "timeZone": ZONES[p % 4]}})["createPerson"]["id"],
                      range(200))
    def members(t):  # one team's members one after another: each bumps the team's version
        for p in range(t * 20, (t + 1) * 20):
            gql("mutation($p: ID!, $t: ID!){addTeamMember(personId:$p, teamId:$t){id}}",
                {"p": people[p], "t": teams[t]})
    parallel(members, range(10))
    parallel(lambda t: gql("mutation($t: ID!, $i: TeamMeetingInput!){setTeamMeeting(teamId:$t,"
                           " input:$i){version}}",
                           {"t": teams[t], "i": {"weekday": "MONDAY", "time": "10:00",
                                                 "timeZone": ZONES[t % 4]}}), range(10))
    me = people[0]
    token = gql('mutation($p: ID){createApiToken(name:"load-benchmark", roles:[ADMIN], personId:$p)'
                "{secret}}", {"p": me})["createApiToken"]["secret"]
    rotations = parallel(lambda r: seed_rotation(r, teams, people), range(50))
    components = parallel(lambda c: gql("mutation($i: ComponentInput!){createComponent(input:$i){id}}",
                                        {"i": {"name": f"Component {c:02d}", "displayOrder": c}}
                                        )["createComponent"]["id"], range(12))
    incidents = parallel(lambda i: seed_incident(i, token, components, people), range(20))
    json.dump({"teams": teams, "rotations": rotations, "incidents": incidents, "token": token,
               "personId": me}, sys.stdout)


def day(offset):
    return f"{TODAY + datetime.timedelta(days=offset)}T08:00:00Z"


def seed_rotation(r, teams, people):
    team = r // 5
    rotation = gql("mutation($i: RotationInput!){createRotation(input:$i){id}}", {"i": {
        "teamId": teams[team], "name": f"Rotation {r:02d}", "timeZone": ZONES[r % 4],
        "startsOn": "2026-01-05", "handoffDay": "MONDAY", "handoffTime": "09:00",
        "roles": [{"name": "primary"}, {"name": "secondary"}]}})["createRotation"]["id"]
    members = people[team * 20:(team + 1) * 20]
    roster = "mutation($r: ID!, $p: [ID!]!){setRoster(id:$r, input:{personIds:$p}){version}}"
    gql(roster, {"r": rotation, "p": members[:8]})
    gql(roster, {"r": rotation, "p": members[2:10]})  # a roster change: a second version
    for k in range(4):  # a little override history per rotation
        gql("mutation($r: ID!, $p: ID, $s: DateTime!, $e: DateTime!){addOverride(rotationId:$r,"
            ' input:{role:"primary", kind:REPLACE, personId:$p, startsAt:$s, endsAt:$e,'
            ' reason:"swap"}){id}}',
            {"r": rotation, "p": members[12 + k], "s": day(10 + k * 5), "e": day(11 + k * 5)})
    return rotation


def seed_incident(i, token, components, people):
    incident = gql("mutation($i: DeclareIncidentInput!){declareIncident(input:$i){id}}", {"i": {
        "title": f"Open incident {i:02d}", "severity": ["SEV1", "SEV2", "SEV3"][i % 3],
        "componentIds": [components[i % 12]], "takeCoordinator": True}},
        token)["declareIncident"]["id"]
    for e in range(50):
        gql("mutation($n: ID!, $i: TimelineEntryInput!){appendTimelineEntry(incidentId:$n, input:$i)"
            "{id}}", {"n": incident, "i": {"kind": "OBSERVATION", "text": f"Entry {e} of {i}"}}, token)
    for s, status in enumerate(["INVESTIGATING", "IDENTIFIED", "MONITORING"]):
        gql("mutation($n: ID!, $i: StatusUpdateInput!){postStatusUpdate(incidentId:$n, input:$i){id}}",
            {"n": incident, "i": {"status": status, "message": f"Update {s}"}}, token)
    for f in range(2):
        gql("mutation($n: ID!, $i: FollowUpInput!){createFollowUp(incidentId:$n, input:$i){id}}",
            {"n": incident, "i": {"kind": "CORRECTIVE", "title": f"Follow-up {f}",
                                  "ownerId": people[f]}}, token)
    return incident


if __name__ == "__main__":
    main()
