package org.dutyboard.site.render.view;

import java.util.List;

/** One public update: status label, time, body text and the component statuses it set. */
public record UpdateView(
    String id, String status, TimeView at, String body, List<String> affected) {}
