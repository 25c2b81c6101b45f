package org.dutyboard.site.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteValidatorTest {

  @TempDir Path site;

  @Test
  void acceptsResolvableRelativeLinksAndIgnoresExternalOnes() throws IOException {
    write(
        "index.html",
        "<a href=\"sub/\">x</a> <a href=\"sub/page.html#top\">y</a> <a href=\"#main\">z</a>"
            + " <a href=\"https://example.org/nope\">e</a> <a href=\"mailto:a@b.c\">m</a>");
    write(
        "sub/index.html",
        "<link rel=\"stylesheet\" href=\"../site.css\"><img src=\"../index.html\" alt=\"\">");
    write("sub/page.html", "ok");
    write("site.css", "body{}");
    assertThat(new SiteValidator().problems(site)).isEmpty();
  }

  @Test
  void reportsBrokenLinksLinksOutOfTheSiteBadJsonAndBadXml() throws IOException {
    write("index.html", "<a href=\"missing.html\">x</a> <img src=\"../outside.png\" alt=\"\">");
    write("api/v2/status.json", "{\"page\":");
    write("history.atom", "<feed><entry></feed>");
    assertThat(new SiteValidator().problems(site))
        .anyMatch(p -> p.equals("index.html: broken link missing.html"))
        .anyMatch(p -> p.equals("index.html: broken link ../outside.png"))
        .anyMatch(p -> p.startsWith("api/v2/status.json: "))
        .anyMatch(p -> p.startsWith("history.atom: "))
        .hasSize(4);
  }

  @Test
  void aSiteWithoutHomePageIsInvalid() throws IOException {
    write("other.html", "hi");
    assertThat(new SiteValidator().problems(site)).containsExactly("index.html is missing");
  }

  private void write(String path, String content) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
