package org.dutyboard.site.render.view;

import java.util.List;

/** A top-level entry of the home page: a named group, or (name null) one ungrouped component. */
public record GroupView(
    String name, String description, StatusView status, List<ComponentView> components) {}
