package org.dutyboard.site.render.view;

/** A feed for autodiscovery: title, media type and site path. */
public record FeedLink(String title, String type, String path) {}
