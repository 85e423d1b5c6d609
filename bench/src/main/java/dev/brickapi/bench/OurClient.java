package dev.brickapi.bench;

import dev.brickapi.client.service.clusters.v21.ClustersApi;
import dev.brickapi.client.service.dbfs.v20.AddBlock;
import dev.brickapi.client.service.dbfs.v20.Close;
import dev.brickapi.client.service.dbfs.v20.Create;
import dev.brickapi.client.service.dbfs.v20.DbfsApi;
import dev.brickapi.client.service.dbfs.v20.ReadResponse;
import dev.brickapi.client.service.jobs.v22.JobsApi;
import dev.brickapi.client.service.dbfs.v20.ReadFileRequest;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import feign.Client;
import java.nio.file.Paths;
import java.util.Map;
import feign.http2client.Http2Client;

/**
 * The generated services on brickapi-runtime's {@link ApiClient} over another transport, feign-java11's
 * {@link Http2Client} or Feign's default ({@code HttpURLConnection}) client: the transport comparison, and the
 * DBFS and paging benchmarks' client. {@code ClientBench} measures the published {@code WorkspaceClient} next
 * to these.
 */
public final class OurClient {

  /** The transport under our client. */
  public enum Transport {
    /** feign-java11's Http2Client over java.net.http.HttpClient. */
    JAVA11,
    /** Feign's default client over HttpURLConnection. */
    DEFAULT
  }

  private final ApiClient client;

  private OurClient(ApiClient client) {
    this.client = client;
  }

  public static OurClient create(String baseUrl, Transport transport) {
    Client http = transport == Transport.JAVA11 ? new Http2Client() : new Client.Default(null, null);
    return new OurClient(ApiClient.workspace(Config.builder().host(baseUrl).token("x").allowInsecureLoopback(true)
        .environment(Map.of()).home(Paths.get("target", "no-home")).client(http).build()));
  }

  public ClustersApi clusters() {
    return client.api(ClustersApi.class, ClustersApi::new);
  }

  public JobsApi jobs() {
    return client.api(JobsApi.class, JobsApi::new);
  }

  public DbfsApi dbfs() {
    return client.api(DbfsApi.class, DbfsApi::new);
  }

  /**
   * Uploads {@code blocks} blocks of {@code block.length} bytes to {@code path}: create, one add-block per
   * block (base64 in JSON), close: the block calls {@code DbfsStreams} makes, without its stream plumbing.
   */
  public long dbfsUpload(String path, byte[] block, int blocks) {
    DbfsApi dbfs = dbfs();
    Long handle = dbfs.createStream(new Create().setPath(path).setOverwrite(true)).getHandle();
    long sent = 0;
    for (int i = 0; i < blocks; i++) {
      dbfs.addBlock(new AddBlock().setHandle(handle).setData(block));
      sent += block.length;
    }
    dbfs.closeStream(new Close().setHandle(handle));
    return sent;
  }

  /**
   * Reads {@code total} bytes of {@code path} in {@code chunk}-byte reads, handing each chunk to
   * {@code sink}: the read calls {@code DbfsStreams} makes.
   */
  public long dbfsDownload(String path, long total, int chunk, java.util.function.Consumer<byte[]> sink) {
    DbfsApi dbfs = dbfs();
    long offset = 0;
    while (offset < total) {
      ReadResponse r = dbfs.readFile(new ReadFileRequest().setPath(path).setOffset(offset).setLength(Math.min(chunk, total - offset)));
      long n = r.getBytesRead();
      if (n <= 0) {
        break;
      }
      sink.accept(r.getData());
      offset += n;
    }
    return offset;
  }
}
