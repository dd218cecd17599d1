import java.nio.file.Files;
import java.nio.file.Path;
import rapport.testing.TestKafka;
import rapport.testing.TestTokens;

/**
 * For a benchmark run without `./rapport up`: starts the same single-node Kafka broker the tests use
 * (KRaft, ephemeral ports, temporary data) and mints an agent token signed with the test key, then
 * writes both to files in OUT_DIR and runs until killed. Run with the classpath of libs/testing:
 *   java -cp "$CP" LocalKafkaAndToken.java TEAM OUT_DIR
 */
public class LocalKafkaAndToken {

    public static void main(String[] args) throws Exception {
        String team = args[0];
        Path out = Path.of(args[1]);
        String bootstrap = TestKafka.bootstrapServers();
        Files.writeString(out.resolve("token"), TestTokens.agent(team).user("bench-agent").mint());
        Files.writeString(out.resolve("bootstrap.tmp"), bootstrap);
        Files.move(out.resolve("bootstrap.tmp"), out.resolve("bootstrap"));
        System.out.println("kafka at " + bootstrap);
        Thread.currentThread().join();
    }
}
