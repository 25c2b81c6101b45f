package org.dutyboard.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs independent page writes concurrently. Creating thousands of small files is bound by the file
 * system's latency rather than the CPU, so the pool is wider than the core count.
 */
final class Parallel implements AutoCloseable {

  /** One item's work; may throw IOException. */
  @FunctionalInterface
  interface Task<T> {
    void run(T item) throws IOException;
  }

  private final ForkJoinPool pool =
      new ForkJoinPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));

  <T> void forEach(Collection<T> items, Task<T> task) throws IOException {
    try {
      pool.submit(() -> items.parallelStream().forEach(item -> run(task, item))).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the site", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  private static <T> void run(Task<T> task, T item) {
    try {
      task.run(item);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
