package org.dutyboard.summary;

import java.util.List;

/**
 * CDI event fired when weeks of the weekly report went live, inside the producing transaction: the
 * extension point for delivering them (observe with {@code @Observes(during =
 * TransactionPhase.AFTER_SUCCESS)} to act only once the publication is committed).
 *
 * @param pages the week pages written, relative to /reports/, e.g. {@code
 *     sre-core-3fa2c1d9/2026-11-23.html}
 */
public record WeeklyReportPublished(List<String> pages) {}
