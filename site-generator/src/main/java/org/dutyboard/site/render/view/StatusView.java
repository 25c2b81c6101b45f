package org.dutyboard.site.render.view;

/** A status shown as text plus an icon of its own shape; the CSS class only adds colour. */
public record StatusView(String label, String icon, String css) {}
