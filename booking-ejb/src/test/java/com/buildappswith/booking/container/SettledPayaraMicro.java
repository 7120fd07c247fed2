package com.buildappswith.booking.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Payara Micro's Arquillian adapter, made to find its test servlet on a busy machine. The adapter polls Micro's
 * output every 200 ms and takes the first poll holding the "Instance Configuration" header as the whole deployment
 * report; Micro prints the list of what it deployed a dozen lines further on in the same record, so a poll that
 * lands between those lines leaves the servlet unknown and every test of the class fails at once with
 * "ArquillianServletRunnerEE9 not found" (it did so on CI). When that happens the runner is looked for where Micro
 * deploys it, under the archive's name, and used once it answers over HTTP.
 */
public class SettledPayaraMicro extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(SettledPayaraMicro.class.getName());
    private static final String RUNNER = "ArquillianServletRunnerEE9";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int NOT_FOUND = 404;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData deployed = super.deploy(archive);
        if (deployed == null || !deployed.hasContext(HTTPContext.class)) {
            return deployed;
        }
        HTTPContext http = deployed.getContext(HTTPContext.class);
        if (http.getServletByName(RUNNER) == null) {
            String contextRoot = "/" + archive.getName().replaceFirst("\\.war$", "");
            awaitRunner(URI.create(http.getScheme() + "://" + http.getHost() + ":" + http.getPort() + contextRoot
                    + "/" + RUNNER), archive.getName());
            http.add(new Servlet(RUNNER, contextRoot));
            LOG.info(() -> "Payara Micro's report was read before it listed " + archive.getName()
                    + "'s servlets; its test servlet answers at " + contextRoot + "/" + RUNNER);
        }
        return deployed;
    }

    /** The runner answers anything but 404 to a request without a test to run. */
    private static void awaitRunner(URI runner, String archiveName) throws DeploymentException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant giveUp = Instant.now().plus(PATIENCE);
        int lastStatus = NOT_FOUND;
        try {
            while (Instant.now().isBefore(giveUp)) {
                try {
                    lastStatus = client.send(HttpRequest.newBuilder(runner).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (lastStatus != NOT_FOUND) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    lastStatus = -1;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeploymentException("Interrupted while looking for " + runner);
        }
        throw new DeploymentException("Payara Micro reported no servlets for " + archiveName + " and " + runner
                + " did not answer within " + PATIENCE.toSeconds() + " s (last status " + lastStatus + ")");
    }

    /** Puts this container in the adapter's place, for every test class of this module. */
    public static final class Extension implements LoadableExtension {

        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                    SettledPayaraMicro.class);
        }
    }
}
