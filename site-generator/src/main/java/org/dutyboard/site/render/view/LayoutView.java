package org.dutyboard.site.render.view;

import java.util.List;

/**
 * What the layout of every page needs.
 *
 * @param title document title
 * @param root the way back to the site root from this page ("" or "../"), prefixed to every link
 * @param pageName the status page's name
 * @param brand name shown in the header
 * @param logo site path of the logo, or null
 * @param stylesheet site path of the stylesheet (content-hashed)
 * @param description meta description
 * @param generated when the site was generated
 * @param timeZone the zone times are shown in, e.g. "Europe/Berlin"
 * @param feeds feeds announced with {@code <link rel="alternate">}
 */
public record LayoutView(
    String title,
    String root,
    String pageName,
    String brand,
    String logo,
    String stylesheet,
    String description,
    TimeView generated,
    String timeZone,
    List<FeedLink> feeds) {}
