package org.dutyboard.publish;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.dutyboard.common.DataDirConfig;
import org.dutyboard.common.db.AdvisoryLock;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.publish.target.PublishTargetException;
import org.dutyboard.publish.target.PublishTargets;
import org.dutyboard.publish.target.SitePush;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.publish.AtomicPublisher;
import org.dutyboard.site.publish.PublishResult;
import org.jboss.logging.Logger;

/**
 * Builds the public status site from the database and publishes it atomically into the output
 * directory, then pushes the validated version to its publish target ({@code publish-to}: the
 * directory itself, or object storage behind a CDN). Only one replica generates at a time: a
 * transaction-scoped PostgreSQL advisory lock is taken first, and a replica that does not get it
 * reports {@link StatusSitePublishOutcome#LOCKED_ELSEWHERE}. Unchanged content is not written again
 * (the publisher compares content hashes).
 */
@ApplicationScoped
public class StatusSitePublisher {
  /** Advisory lock key of the status-site generation (arbitrary, fixed). */
  static final long LOCK_KEY = 0x5374617475735369L; // "StatusSi"

  /** The status site's key in {@link PublishedSites}. */
  public static final String SITE = "status";

  private static final Logger LOG = Logger.getLogger(StatusSitePublisher.class);

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject StatusSnapshotAssembler assembler;
  @Inject StatusSiteConfig config;
  @Inject StatusSiteSettings settings;
  @Inject PublishTargets targets;
  @Inject PublishedSites sites;

  @Inject DataDirConfig dataDir;

  private volatile AtomicPublisher publisher;
  private volatile SitePush push;

  /** {@code publishStatusSite}: publishes now. Needs ADMIN. */
  public StatusSitePublication publishNow() {
    caller.require(Role.ADMIN);
    return publish();
  }

  /** The scheduled rebuild; failures are logged and the live site stays as it was. */
  @Scheduled(
      identity = "status-site",
      every = "${dutyboard.status-site.interval}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      StatusSitePublication result = publish();
      if (result.outcome() == StatusSitePublishOutcome.PUBLISHED) {
        LOG.infof("Status site published: %s", result.version());
      }
    } catch (PublishTargetException e) {
      // SitePush has logged it in one line; the next run repairs the target.
    } catch (RuntimeException e) {
      LOG.error("Status site generation failed; the live site is unchanged", e);
    }
  }

  /**
   * Publishes if no other replica is generating right now. A failed push to the target does not
   * undo what every replica serves from the database; the next run repairs the target.
   */
  @Transactional(dontRollbackOn = PublishTargetException.class)
  public StatusSitePublication publish() {
    if (!AdvisoryLock.tryForTransaction(em, LOCK_KEY)) {
      return new StatusSitePublication(StatusSitePublishOutcome.LOCKED_ELSEWHERE, null, null, null);
    }
    StatusSnapshot snapshot = assembler.assemble();
    AtomicReference<PublishResult> local = new AtomicReference<>();
    AtomicBoolean live = new AtomicBoolean();
    push()
        .publish(
            () -> {
              PublishResult staged = render(snapshot);
              local.set(staged);
              // Every replica serves what the database holds; the local directory is only the
              // staging. It stays recorded even when the push to the target fails.
              live.set(
                  sites.record(
                      SITE, staged.version(), staged.contentHash(), config.keepVersions()));
              return Optional.of(staged.version());
            });
    PublishResult result = local.get();
    return new StatusSitePublication(
        live.get() ? StatusSitePublishOutcome.PUBLISHED : StatusSitePublishOutcome.UNCHANGED,
        result.version().getFileName().toString(),
        result.contentHash(),
        snapshot.generatedAt());
  }

  /** Renders and validates into the local staging area; the version is live there after it. */
  private PublishResult render(StatusSnapshot snapshot) {
    try {
      return publisher().publish(snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the publish target at start-up, so a bad {@code publish-to} stops the service. */
  void onStart(@Observes StartupEvent event) {
    push();
  }

  private SitePush push() {
    SitePush p = push;
    if (p == null) {
      p =
          targets.forSite(
              "status-site",
              config.publishTo(),
              config.afterPublishUrl(),
              settings.siteConfig().baseUrl());
      push = p;
    }
    return p;
  }

  /** Directory holding {@code current} and {@code versions/}. */
  public Path outputDir() {
    return config.outputDir().map(Path::of).orElseGet(() -> dataDir.resolve("site"));
  }

  private AtomicPublisher publisher() {
    AtomicPublisher p = publisher;
    if (p == null) {
      p = new AtomicPublisher(outputDir());
      publisher = p;
    }
    return p;
  }
}
