package org.dutyboard.publish.target;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One site's publish: the local render and validation (the staging area), then the push of the
 * validated version to its {@link PublishTarget}, measured and logged, and the after-publish hook
 * told what changed.
 */
public final class SitePush {
  private static final Logger LOG = Logger.getLogger(SitePush.class);

  private final String site;
  private final PublishTarget target;
  private final Optional<AfterPublishHook> hook;
  private final Clock clock;
  private final Timer duration;
  private final Counter failures;
  private final Counter uploaded;
  private final Counter deleted;
  private final AtomicLong lastSuccess = new AtomicLong();

  SitePush(
      String site,
      PublishTarget target,
      Optional<AfterPublishHook> hook,
      Clock clock,
      MeterRegistry registry) {
    this.site = site;
    this.target = target;
    this.hook = hook;
    this.clock = clock;
    this.duration =
        Timer.builder("dutyboard.publish.duration")
            .description("Time to render, validate and push a site version")
            .tag("site", site)
            .register(registry);
    this.failures = counter(registry, "dutyboard.publish.failures", "Failed publish runs");
    this.uploaded = counter(registry, "dutyboard.publish.objects.uploaded", "Objects uploaded");
    this.deleted = counter(registry, "dutyboard.publish.objects.deleted", "Stale objects deleted");
    registry.gauge(
        "dutyboard.publish.last.success.seconds",
        io.micrometer.core.instrument.Tags.of("site", site),
        lastSuccess,
        AtomicLong::doubleValue);
  }

  private Counter counter(MeterRegistry registry, String name, String description) {
    return Counter.builder(name).description(description).tag("site", site).register(registry);
  }

  /** The target, e.g. for a readiness message. */
  public PublishTarget target() {
    return target;
  }

  /**
   * Runs {@code stage} (renders and validates locally, returns the live version or empty when there
   * is none yet) and pushes its result. A failure is counted, logged in one line and rethrown; the
   * target keeps serving the previous version.
   */
  public PushResult publish(Supplier<Optional<Path>> stage) {
    Timer.Sample sample = Timer.start();
    try {
      Optional<Path> version = stage.get();
      PushResult result = version.map(target::push).orElse(PushResult.none());
      uploaded.increment(result.uploaded().size());
      deleted.increment(result.deleted().size());
      lastSuccess.set(clock.instant().getEpochSecond());
      if (!result.changed().isEmpty()) {
        LOG.infof(
            "Published the %s to %s: %d objects uploaded, %d deleted",
            site, target.describe(), result.uploaded().size(), result.deleted().size());
        hook.ifPresent(h -> h.notify(site, target.describe(), result));
      }
      return result;
    } catch (RuntimeException e) {
      failures.increment();
      LOG.errorf(
          "Publishing the %s failed; the previous version stays served: %s", site, e.getMessage());
      throw e;
    } finally {
      sample.stop(duration);
    }
  }
}
