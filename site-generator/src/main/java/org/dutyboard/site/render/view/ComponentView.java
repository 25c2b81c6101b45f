package org.dutyboard.site.render.view;

/** A component on the home page. */
public record ComponentView(
    String id, String name, String description, StatusView status, UptimeView uptime) {}
