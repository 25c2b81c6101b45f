package org.dutyboard.site.render.view;

import java.util.List;

/**
 * The home page.
 *
 * @param overall the banner
 * @param active active incidents, newest first
 * @param activeMaintenance maintenance in progress
 * @param upcoming scheduled maintenance, soonest first
 * @param groups top-level entries in page order
 * @param recent incidents resolved in the last days, newest first
 * @param uptimeDays length of the uptime window
 */
public record HomeView(
    StatusView overall,
    List<IncidentView> active,
    List<MaintenanceView> activeMaintenance,
    List<MaintenanceView> upcoming,
    List<GroupView> groups,
    List<IncidentView> recent,
    int uptimeDays) {}
