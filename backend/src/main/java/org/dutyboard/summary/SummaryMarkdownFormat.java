package org.dutyboard.summary;

import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Expression;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ValueResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dutyboard.site.render.TimeFormat;
import org.dutyboard.site.report.TrendDelta;
import org.dutyboard.summary.WeeklySummaryView.SummaryCountView;
import org.dutyboard.summary.trend.DurationTrendView;
import org.dutyboard.summary.trend.SeverityTrendView;
import org.dutyboard.summary.trend.TrendSeriesView;
import org.dutyboard.summary.trend.WeeklyTrendsView;

/**
 * Formatting for the summary's Markdown templates ({@code f.time(at)} and so on): times in the
 * meeting's zone, counts, durations and trend lines. A method returning {@link RawString} escaped
 * its user text itself; plain strings are escaped by the template engine.
 */
public final class SummaryMarkdownFormat {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

  /** Calls this class's public methods from templates, with their arguments evaluated. */
  static final ValueResolver RESOLVER =
      new ValueResolver() {
        @Override
        public boolean appliesTo(EvalContext context) {
          return context.getBase() instanceof SummaryMarkdownFormat;
        }

        @Override
        public CompletionStage<Object> resolve(EvalContext context) {
          List<Expression> params = context.getParams();
          if (params.size() == 1) {
            // The common case (f.time(at) on every line), without the futures below.
            return context
                .evaluate(params.get(0))
                .thenApply(arg -> invoke(context.getBase(), context.getName(), new Object[] {arg}));
          }
          List<CompletableFuture<Object>> args = new ArrayList<>();
          context.getParams().forEach(p -> args.add(context.evaluate(p).toCompletableFuture()));
          return CompletableFuture.allOf(args.toArray(CompletableFuture[]::new))
              .thenApply(
                  done ->
                      invoke(
                          context.getBase(),
                          context.getName(),
                          args.stream().map(CompletableFuture::join).toArray()));
        }
      };

  private final ZoneId zone;

  SummaryMarkdownFormat(ZoneId zone) {
    this.zone = zone;
  }

  /** The public helpers by name and argument count, looked up once rather than per call. */
  private static final Map<String, Method> HELPERS =
      Arrays.stream(SummaryMarkdownFormat.class.getMethods())
          .collect(
              Collectors.toUnmodifiableMap(
                  m -> m.getName() + "/" + m.getParameterCount(), m -> m, (first, other) -> first));

  private static Object invoke(Object base, String name, Object[] args) {
    Method method = HELPERS.get(name + "/" + args.length);
    if (method == null) {
      throw new IllegalStateException("no template helper " + name);
    }
    try {
      return method.invoke(base, args);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("template helper " + name + " failed", e);
    }
  }

  public String zoneName() {
    return TimeFormat.zoneName(zone);
  }

  public String time(Instant at) {
    return TIME.format(at.atZone(zone));
  }

  /** "1 handoff", "2 handoffs", "0 handoffs". */
  public String count(Number n, String one, String many) {
    return n + " " + (n.longValue() == 1 ? one : many);
  }

  public String privateNotShown(Number n) {
    return count(n, "private incident", "private incidents") + " not shown";
  }

  public String overdueLabel(Number dueDays) {
    return "Overdue (more than " + count(dueDays, "day", "days") + " after resolution)";
  }

  public String duration(Number seconds) {
    return TimeFormat.duration(Duration.ofSeconds(seconds.longValue()));
  }

  /** "Time to detect" for TIME_TO_DETECT. */
  public String heading(Enum<?> value) {
    return WeeklyReportViews.heading(value);
  }

  /** An autolink for an http(s) URL, anything else as escaped text. */
  public RawString link(String url) {
    return new RawString(MarkdownText.link(url));
  }

  /** "DiskFull (2), HighLatency (1)" or "none". */
  public RawString counts(List<SummaryCountView> counts) {
    return new RawString(
        counts.isEmpty()
            ? "none"
            : counts.stream()
                .map(c -> MarkdownText.text(c.label()) + " (" + c.count() + ")")
                .collect(Collectors.joining(", ")));
  }

  public RawString joined(List<String> texts) {
    return new RawString(texts.stream().map(MarkdownText::text).collect(Collectors.joining(", ")));
  }

  /** "4 (▲ 3 vs last week); by week: 0, 2, 1, 4". */
  public String series(TrendSeriesView s) {
    return s.latest()
        + " ("
        + TrendDelta.count(s.delta()).text()
        + "); by week: "
        + s.values().stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** Every severity added up per week. */
  public TrendSeriesView total(List<SeverityTrendView> bySeverity) {
    int weeks = bySeverity.get(0).series().values().size();
    int[] sum = new int[weeks];
    bySeverity.forEach(
        s -> IntStream.range(0, weeks).forEach(i -> sum[i] += s.series().values().get(i)));
    return TrendSeriesView.of(sum);
  }

  /** The newest week by severity: "SEV1 0, SEV2 1, SEV3 2, SEV4 0". */
  public String severities(List<SeverityTrendView> bySeverity) {
    return bySeverity.stream()
        .map(s -> s.severity() + " " + s.series().latest())
        .collect(Collectors.joining(", "));
  }

  /** "26 h (▲ 3 h vs last week); by week (h): -, 5.0, 26.0". */
  public String resolveTimes(DurationTrendView t) {
    List<Integer> median = t.medianSeconds();
    int n = median.size();
    Duration latest = durationOrNull(median.get(n - 1));
    Duration previous = n < 2 ? null : durationOrNull(median.get(n - 2));
    return (latest == null ? "no data" : TimeFormat.duration(latest))
        + " ("
        + TrendDelta.duration(latest, previous).text()
        + "); by week (h): "
        + median.stream()
            .map(s -> s == null ? "-" : String.format(Locale.ROOT, "%.1f", s / 3600.0))
            .collect(Collectors.joining(", "));
  }

  /** "84.5 h" (raw: "84." would otherwise be escaped as the start of an ordered list). */
  public RawString hours(double hours) {
    return new RawString(String.format(Locale.ROOT, "%.1f h", hours));
  }

  /** The meeting date of the trend's oldest week. */
  public String firstWeek(WeeklyTrendsView t) {
    return t.weeks().get(0).meetingDate().toString();
  }

  private static Duration durationOrNull(Integer seconds) {
    return seconds == null ? null : Duration.ofSeconds(seconds);
  }
}
