package org.dutyboard.site.render.view;

import java.util.List;

/** The archive index: every month newest first, and the per-component feeds. */
public record HistoryView(List<MonthLinkView> months, List<ComponentFeedView> components) {}
