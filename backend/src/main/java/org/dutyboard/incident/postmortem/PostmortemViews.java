package org.dutyboard.incident.postmortem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.db.AnyOf;

/** Postmortems -> views, with their scorecards, in one query. */
@ApplicationScoped
public class PostmortemViews {
  @Inject EntityManager em;

  public List<PostmortemView> of(List<Postmortem> reports) {
    if (reports.isEmpty()) {
      return List.of();
    }
    List<PostmortemScore> scoreRows =
        em.createQuery(
                "from PostmortemScore where any_of(:ids, reportId) order by question",
                PostmortemScore.class)
            .setParameter("ids", AnyOf.ids(reports.stream().map(r -> r.id).toList()))
            .getResultList();
    Map<UUID, List<ScoreView>> scores =
        Grouping.byKey(
            scoreRows, s -> s.reportId, s -> new ScoreView(s.question, s.answer, s.note));
    return reports.stream()
        .map(
            r ->
                new PostmortemView(
                    r.incidentId,
                    r.state,
                    r.summary,
                    r.impact,
                    r.timelineExcerpt,
                    r.rootCauses,
                    r.wentWell,
                    r.wentPoorly,
                    scores.getOrDefault(r.id, List.of()),
                    r.publishedAt,
                    (int) r.version))
        .toList();
  }
}
