package org.dutyboard.site.render;

import java.time.YearMonth;

/**
 * Site-relative paths of every output. Pages link with these, prefixed by the way back to the root,
 * so the site works from any base path and straight from disk.
 */
public final class SitePaths {

  public static final String INDEX = "index.html";
  public static final String HISTORY_INDEX = "history/index.html";
  public static final String HISTORY_ATOM = "history.atom";
  public static final String HISTORY_RSS = "history.rss";
  public static final String CALENDAR = "maintenance.ics";
  public static final String BADGE = "badge.svg";
  public static final String HEARTBEAT = "generated.json";
  public static final String API = "api/v2/";

  private SitePaths() {}

  public static String incident(String id) {
    return "incidents/" + id + ".html";
  }

  public static String maintenance(String id) {
    return "maintenance/" + id + ".html";
  }

  public static String month(YearMonth month) {
    return "history/" + month + ".html";
  }

  public static String componentAtom(String id) {
    return "components/" + id + ".atom";
  }

  public static String componentRss(String id) {
    return "components/" + id + ".rss";
  }
}
