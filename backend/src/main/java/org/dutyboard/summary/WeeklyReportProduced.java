package org.dutyboard.summary;

import java.util.UUID;
import org.dutyboard.site.report.WeeklyReport;

/**
 * Fired (synchronously, inside the producing transaction) for each week of the weekly report that
 * was written for the first time, so that its delivery is recorded atomically with it.
 *
 * @param report the week as published, for the reader without special access
 * @param markdown the same week as the summary's Markdown, for plain-text readers
 */
public record WeeklyReportProduced(UUID teamId, WeeklyReport report, String markdown) {}
