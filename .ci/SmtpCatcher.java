import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The SMTP server of .ci/jobs-across-nodes: GreenMail (a real SMTP server, which accepts any recipient) on
 * 127.0.0.1:PORT, shared by every node under test. Twice a second it writes the Message-ID of every message it has
 * received so far to FILE, one a line (one line per delivery, so a message received twice is there twice), replacing
 * the file whole so that a reader never sees half of it.
 * Run with the greenmail-standalone jar: java -cp greenmail-standalone.jar .ci/SmtpCatcher.java PORT FILE
 */
public class SmtpCatcher {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SmtpCatcher PORT FILE");
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        System.out.println("SMTP on 127.0.0.1:" + port + ", Message-IDs received in " + file);
        while (true) {
            write(file, messageIds(smtp.getReceivedMessages()));
            Thread.sleep(500);
        }
    }

    private static List<String> messageIds(MimeMessage[] received) throws MessagingException {
        List<String> ids = new ArrayList<>(received.length);
        for (MimeMessage message : received) {
            String id = message.getMessageID();
            ids.add(id == null ? "(none)" : id);
        }
        return ids;
    }

    private static void write(Path file, List<String> ids) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.write(next, ids);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
