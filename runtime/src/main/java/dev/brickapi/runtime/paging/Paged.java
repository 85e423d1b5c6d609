package dev.brickapi.runtime.paging;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a paginated operation, fetched lazily one page at a time: iterating never holds more than
 * one page, and nothing is fetched until the first item is asked for. Each iteration starts again from
 * the first page.
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {

  /** One fetched page: its items and the cursor of the next page (null when this was the last). */
  public static final class Page<T> {
    private final List<T> items;
    private final Object next;

    private Page(List<T> items, Object next) {
      this.items = items == null ? Collections.<T>emptyList() : items;
      this.next = next;
    }

    public List<T> items() {
      return items;
    }

    public Object next() {
      return next;
    }
  }

  private final Function<Object, Page<T>> fetch;

  private Paged(Function<Object, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /**
   * @param fetch fetches the page at a cursor (null for the first page) and says where the next one is
   */
  public static <T> Paged<T> of(Function<Object, Page<T>> fetch) {
    return new Paged<>(fetch);
  }

  public static <T> Page<T> page(List<T> items, Object next) {
    return new Page<>(items, next);
  }

  /** A token that continues paging, or null for none (an empty token ends paging too). */
  public static String token(String token) {
    return token == null || token.isEmpty() ? null : token;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<T>() {
      private Iterator<T> current = Collections.emptyIterator();
      private Object cursor;
      private boolean started;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (done) {
            return false;
          }
          Object sent = started ? cursor : null;
          Page<T> page = fetch.apply(sent);
          started = true;
          current = page.items().iterator();
          cursor = page.next();
          // A server that hands back the cursor it was just sent would page forever: stop there.
          done = cursor == null || cursor.equals(sent);
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
