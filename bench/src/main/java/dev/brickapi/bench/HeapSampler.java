package dev.brickapi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every millisecond on a daemon thread and keeps the peak. */
public final class HeapSampler implements AutoCloseable {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  public HeapSampler() {
    thread = new Thread(() -> {
      while (running) {
        long used = MEMORY.getHeapMemoryUsage().getUsed();
        if (used > peak) {
          peak = used;
        }
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  public long peak() {
    return peak;
  }

  /** Used heap after two full collections. */
  public static long usedAfterGc() {
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  public static long maxHeap() {
    return MEMORY.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join();
  }
}
