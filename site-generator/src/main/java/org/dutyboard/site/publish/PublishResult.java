package org.dutyboard.site.publish;

import java.nio.file.Path;

/**
 * Outcome of one publish.
 *
 * @param published true when a new version went live; false when the snapshot's content was
 *     unchanged and the live site was left alone
 * @param version the live version directory after the call
 * @param contentHash content hash of the snapshot (see {@code SnapshotJson.contentHash})
 */
public record PublishResult(boolean published, Path version, String contentHash) {}
