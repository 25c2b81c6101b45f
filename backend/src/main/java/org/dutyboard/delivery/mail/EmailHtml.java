package org.dutyboard.delivery.mail;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a published report page into an email body: mail clients drop linked stylesheets and many
 * ignore {@code <style>}, CSS variables and media queries, so the page's look is applied as {@code
 * style} attributes with fixed light colours; the page's own stylesheet link, skip link and
 * breadcrumb go; relative links become absolute against the page's URL.
 */
final class EmailHtml {
  private static final String LINE = "1px solid #d0d7de";
  private static final String MUTED = "color:#57606a;font-size:13px";

  /** Selector and declarations, applied in order (later ones win, as in CSS). */
  private static final List<String[]> RULES =
      List.of(
          rule(
              "body",
              "margin:0;padding:16px;background:#ffffff;color:#1b1f24;"
                  + "font:14px/1.5 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"),
          rule("a", "color:#0550ae"),
          rule(".wrap", "max-width:960px;margin:0 auto"),
          rule("header.site", "border-bottom:" + LINE + ";padding-bottom:8px"),
          rule(".brand", "font-weight:700;color:#1b1f24;text-decoration:none"),
          rule("footer.site", "border-top:" + LINE + ";margin-top:32px;" + MUTED),
          rule("h1", "font-size:22px;margin:16px 0 4px"),
          rule(
              "h2",
              "font-size:18px;margin:28px 0 8px;border-bottom:" + LINE + ";padding-bottom:4px"),
          rule("h3", "font-size:15px;margin:16px 0 4px"),
          rule(".meta", MUTED),
          rule("table", "border-collapse:collapse;width:100%;margin:12px 0"),
          rule("caption", "text-align:left;font-weight:600;padding:4px 0"),
          rule(
              "th, td", "text-align:left;vertical-align:top;padding:5px 8px;border-bottom:" + LINE),
          rule("thead th", "background:#f6f8fa"),
          rule(".num", "text-align:right"),
          rule(".glance", "margin:0"),
          rule(
              ".glance > div",
              "display:inline-block;border:"
                  + LINE
                  + ";border-radius:6px;padding:6px 10px;"
                  + "margin:0 8px 8px 0;background:#f6f8fa;vertical-align:top"),
          rule(".glance dt", "color:#57606a;font-size:12px"),
          rule(".glance dd", "margin:0;font-size:16px;font-weight:600"),
          rule(".ack.yes .icon", "color:#1a7f37"),
          rule(".ack.no", "font-weight:600"),
          rule(".ack.no .icon", "color:#bc4c00"),
          rule(".private", "font-style:italic"),
          rule(".vh", "display:none"));

  private EmailHtml() {}

  /** The email body for the page at {@code pageUrl} (the link readers follow to read it online). */
  static String of(String page, String pageUrl, String teamName) {
    Document doc = Jsoup.parse(page, pageUrl);
    doc.select("link, script, style, .skip, header.site nav").remove();
    doc.select("main").removeAttr("tabindex");
    // Fixed light colours below: let dark-mode clients know rather than guess.
    doc.select("meta[name=color-scheme]").attr("content", "light");
    for (Element a : doc.select("a[href]")) {
      String absolute = a.absUrl("href");
      if (absolute.startsWith("https://") || absolute.startsWith("http://")) {
        a.attr("href", absolute);
      } else {
        a.removeAttr("href");
      }
    }
    Element footer = doc.selectFirst("footer.site .wrap");
    if (footer != null) {
      footer
          .appendElement("p")
          .appendText("You receive this because your address is on the recipients list of ")
          .appendText(teamName)
          .appendText(". Read it online: ")
          .appendElement("a")
          .attr("href", pageUrl)
          .text(pageUrl);
    }
    for (String[] rule : RULES) {
      for (Element e : doc.select(rule[0])) {
        String own = e.attr("style");
        e.attr("style", own.isEmpty() ? rule[1] : own + ";" + rule[1]);
      }
    }
    doc.outputSettings().prettyPrint(false);
    return doc.outerHtml();
  }

  private static String[] rule(String selector, String declarations) {
    return new String[] {selector, declarations};
  }
}
