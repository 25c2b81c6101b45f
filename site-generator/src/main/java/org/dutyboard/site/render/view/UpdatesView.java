package org.dutyboard.site.render.view;

import java.util.List;

/** The updates of one incident as the HTML content of a feed entry. */
public record UpdatesView(List<UpdateView> updates) {}
