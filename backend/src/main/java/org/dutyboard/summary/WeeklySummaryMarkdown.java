package org.dutyboard.summary;

import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a weekly summary as Markdown to paste into the meeting document, from the Qute templates
 * in {@code templates/weekly-summary/} (the HTML report renders the same week from its own
 * templates). Deterministic: the same summary always gives the same text (times in the meeting's
 * zone, fixed order, no "now"). Every value a template writes goes through {@link MarkdownText}, so
 * text users wrote cannot change the document's structure; only enums and {@link
 * SummaryMarkdownFormat}'s already escaped text are written raw.
 */
final class WeeklySummaryMarkdown {
  private static final String ROOT = "templates/weekly-summary/";
  private static final String MARKDOWN = "text/markdown";

  private static final Engine ENGINE =
      Engine.builder()
          .addDefaults()
          .addValueResolver(new ReflectionValueResolver())
          .addValueResolver(ValueResolvers.rawResolver())
          .addValueResolver(SummaryMarkdownFormat.RESOLVER)
          .addResultMapper(new MarkdownEscaper())
          .addLocator(WeeklySummaryMarkdown::locate)
          .removeStandaloneLines(true)
          .strictRendering(true)
          .build();

  private static final Template SUMMARY = ENGINE.getTemplate("summary.md");

  private WeeklySummaryMarkdown() {}

  static WeeklySummaryView withMarkdown(WeeklySummaryView s, ZoneId zone) {
    return new WeeklySummaryView(
        s.teamId(),
        s.teamName(),
        s.weekStart(),
        s.weekEnd(),
        s.meetingDate(),
        s.roleHolders(),
        s.handoffs(),
        s.unacknowledgedHandoffs(),
        s.pages(),
        s.incidents(),
        s.postmortemsDue(),
        s.incidentMetrics(),
        s.followUps(),
        s.clinicRequests(),
        s.notes(),
        s.upcomingMaintenance(),
        s.vendorMaintenance(),
        s.trends(),
        render(s, zone));
  }

  static String render(WeeklySummaryView s, ZoneId zone) {
    return SUMMARY.data("s", s).data("f", new SummaryMarkdownFormat(zone)).render();
  }

  /** Escapes every value as literal inline Markdown, unless it is raw (enums, escaped text). */
  private static final class MarkdownEscaper implements io.quarkus.qute.ResultMapper {
    @Override
    public boolean appliesTo(io.quarkus.qute.TemplateNode.Origin origin, Object result) {
      return !(result instanceof RawString)
          && origin.getVariant().map(v -> MARKDOWN.equals(v.getContentType())).orElse(false);
    }

    @Override
    public String map(Object result, io.quarkus.qute.Expression expression) {
      return MarkdownText.text(result.toString());
    }
  }

  private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
    String path = ROOT + (id.contains(".") ? id : id + ".md");
    ClassLoader loader = WeeklySummaryMarkdown.class.getClassLoader();
    if (loader.getResource(path) == null) {
      return Optional.empty();
    }
    return Optional.of(
        new TemplateLocator.TemplateLocation() {
          @Override
          public Reader read() {
            return new InputStreamReader(loader.getResourceAsStream(path), StandardCharsets.UTF_8);
          }

          @Override
          public Optional<Variant> getVariant() {
            return Optional.of(new Variant(Locale.ROOT, StandardCharsets.UTF_8, MARKDOWN));
          }
        });
  }
}
