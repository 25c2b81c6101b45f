package org.dutyboard.site.render.view;

import java.util.List;

/** One month of the archive; {@code newer}/{@code older} are null at the ends. */
public record MonthView(
    String label,
    List<IncidentView> incidents,
    List<MaintenanceView> maintenances,
    MonthLinkView newer,
    MonthLinkView older) {}
