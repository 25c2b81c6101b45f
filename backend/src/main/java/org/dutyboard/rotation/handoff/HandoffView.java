package org.dutyboard.rotation.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Handoff")
@Description(
    "The handover of one role at a shift boundary: the outgoing holder's notes (context,"
        + " open incidents and follow-ups) and the incoming holder's acknowledgement.")
public record HandoffView(
    @Id @NonNull @Description("The rotation.") UUID rotationId,
    @NonNull @Description("The rotation's name.") String rotationName,
    @Description("Index of the incoming shift.") int shiftIndex,
    @NonNull @Description("When the handoff is due: the start of the incoming shift.") Instant at,
    @NonNull @Description("The role handed over.") String role,
    @NonNull @Description("Who hands over.") PersonView outgoing,
    @NonNull @Description("Who takes over.") PersonView incoming,
    @Description("The outgoing holder's notes.") String notes,
    @NonNull @Description("Links to open incidents, follow-ups or tickets.")
        List<@NonNull String> links,
    @Description("When the notes were written.") Instant writtenAt,
    @Description("Who wrote them.") String writtenBy,
    @Description("When the incoming holder acknowledged; null while unacknowledged.")
        Instant acknowledgedAt,
    @Description("Who acknowledged.") String acknowledgedBy,
    @Description("Version for optimistic locking; 0 before anyone acted.") int version) {}
