package org.dutyboard.site.render.view;

/** A component's feeds (site paths). */
public record ComponentFeedView(String name, String atom, String rss) {}
