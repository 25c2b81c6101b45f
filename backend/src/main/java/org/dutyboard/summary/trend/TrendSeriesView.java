package org.dutyboard.summary.trend;

import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TrendSeries")
@Description("One count per week, oldest first; a week without any counts 0.")
public record TrendSeriesView(
    @NonNull @Description("The counts, one per week of the trend, oldest first.")
        List<@NonNull Integer> values,
    @Description("The newest week's count.") int latest,
    @Description("The newest week's count minus the week before's (0 when the trend has one week).")
        int delta) {

  public TrendSeriesView {
    values = List.copyOf(values);
  }

  /** The series of {@code counts}, with the newest week's value and change. */
  public static TrendSeriesView of(int[] counts) {
    List<Integer> values = IntStream.of(counts).boxed().toList();
    int n = counts.length;
    int latest = counts[n - 1];
    return new TrendSeriesView(values, latest, n < 2 ? 0 : latest - counts[n - 2]);
  }
}
