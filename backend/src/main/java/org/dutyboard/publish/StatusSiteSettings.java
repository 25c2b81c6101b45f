package org.dutyboard.publish;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dutyboard.site.model.Branding;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.model.SiteConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The status site's {@link SiteConfig}, built and checked once at start-up ({@link Startup}): a bad
 * zone, base URL, colour, number of kept versions or a missing logo stops the service at boot with
 * a message naming the key and the value, instead of failing every scheduled generation later.
 */
@Startup
@ApplicationScoped
public class StatusSiteSettings {
  static final String PREFIX = "dutyboard.status-site.";

  private final SiteConfig siteConfig;
  private final String applicationVersion;

  @Inject
  StatusSiteSettings(
      StatusSiteConfig config,
      @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
          String applicationVersion) {
    this.siteConfig = siteConfig(config);
    this.applicationVersion = applicationVersion;
  }

  /** The validated site configuration. */
  public SiteConfig siteConfig() {
    return siteConfig;
  }

  /**
   * What {@code generated.json} reports as {@code sourceVersion}: the service version and the time
   * of the latest public change in the data (a component edit, a public incident or maintenance
   * update, a resolution), e.g. {@code "dutyboard 1.2.0; data 2026-11-25T09:30:00Z"}, to the
   * second. Taken from the public rows only, so it changes exactly when the published content does
   * and never makes an unchanged site a new version.
   */
  public String sourceVersion(
      List<PublicComponent> components,
      List<PublicIncident> incidents,
      List<PublicMaintenance> maintenances) {
    String prefix = "dutyboard " + applicationVersion;
    return Stream.of(
            components.stream().map(PublicComponent::updatedAt),
            incidents.stream().map(PublicIncident::lastUpdatedAt),
            maintenances.stream().map(PublicMaintenance::lastUpdatedAt))
        .flatMap(times -> times)
        .max(Instant::compareTo)
        .map(latest -> prefix + "; data " + latest.truncatedTo(ChronoUnit.SECONDS))
        .orElse(prefix);
  }

  /** Builds the site configuration, naming the offending key and value when one is invalid. */
  static SiteConfig siteConfig(StatusSiteConfig config) {
    URI baseUrl = checked("base-url", config.baseUrl(), () -> URI.create(config.baseUrl()));
    ZoneId zone = checked("time-zone", config.timeZone(), () -> ZoneId.of(config.timeZone()));
    String logo = config.logo().map(StatusSiteSettings::existingLogo).orElse(null);
    try {
      return new SiteConfig(
          config.pageName(),
          baseUrl,
          zone,
          new Branding(config.pageName(), logo, config.accentColor().orElse(null)),
          SiteConfig.DEFAULT_UPTIME_DAYS,
          config.keepVersions());
    } catch (IllegalArgumentException e) {
      // The model names its own field ("branding.accentColor must ..."): report it by our key.
      String message = String.valueOf(e.getMessage());
      String field = message.split(" ", 2)[0];
      Map<String, Key> keys =
          Map.of(
              "config.baseUrl", new Key("base-url", config.baseUrl()),
              "config.keepVersions", new Key("keep-versions", config.keepVersions()),
              "branding.logoFile", new Key("logo", config.logo().orElse(null)),
              "branding.accentColor", new Key("accent-color", config.accentColor().orElse(null)));
      Key key = keys.getOrDefault(field, new Key("page-name", config.pageName()));
      throw invalid(key.name(), key.value(), message);
    }
  }

  private record Key(String name, Object value) {}

  /** The logo as an absolute path, so the working directory of later runs does not matter. */
  private static String existingLogo(String logo) {
    Path path = checked("logo", logo, () -> Path.of(logo).toAbsolutePath().normalize());
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw invalid("logo", logo, "no readable file at " + path);
    }
    return path.toString();
  }

  private static <T> T checked(String key, Object value, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw invalid(key, value, e.getMessage());
    }
  }

  private static IllegalArgumentException invalid(String key, Object value, String reason) {
    return new IllegalArgumentException(
        "Invalid status site configuration " + PREFIX + key + "='" + value + "': " + reason);
  }
}
