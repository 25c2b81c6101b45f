package org.dutyboard.site.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A standalone Qute engine over one folder below {@code src/main/resources/templates} ({@code
 * status-site} by default, {@code weekly-report} for the report; folders of their own, so the
 * backend's templates on the same classpath cannot shadow these). Templates ending in .html have
 * the text/html variant, so every expression is HTML-escaped unless a template says otherwise (none
 * does). Views are public records read by reflection.
 */
public final class Templates {

  private final String root;

  private final Engine engine =
      Engine.builder()
          .addDefaults()
          .addValueResolver(new ReflectionValueResolver())
          .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
          .addLocator(this::locate)
          .strictRendering(true)
          .build();

  Templates() {
    this("status-site");
  }

  /** The templates in {@code templates/<folder>/} on the classpath. */
  public Templates(String folder) {
    this.root = "templates/" + folder + "/";
  }

  /** A template by file name, e.g. {@code index.html}; fails fast when it is missing. */
  public Template get(String name) {
    Template template = engine.getTemplate(name);
    if (template == null) {
      throw new IllegalStateException("missing template " + name);
    }
    return template;
  }

  private Optional<TemplateLocator.TemplateLocation> locate(String id) {
    String name = id.contains(".") ? id : id + ".html";
    ClassLoader loader = Templates.class.getClassLoader();
    if (loader.getResource(root + name) == null) {
      return Optional.empty();
    }
    return Optional.of(new ClasspathTemplate(loader, root + name));
  }

  private record ClasspathTemplate(ClassLoader loader, String path)
      implements TemplateLocator.TemplateLocation {
    @Override
    public Reader read() {
      InputStream in = loader.getResourceAsStream(path);
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<Variant> getVariant() {
      String type = path.endsWith(".html") ? Variant.TEXT_HTML : "text/css";
      return Optional.of(new Variant(java.util.Locale.ENGLISH, StandardCharsets.UTF_8, type));
    }
  }
}
