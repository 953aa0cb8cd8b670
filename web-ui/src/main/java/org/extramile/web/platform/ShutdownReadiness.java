package org.extramile.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready from the moment a shutdown begins, so a load balancer stops sending requests before the node stops. */
@Readiness
@ApplicationScoped
public class ShutdownReadiness implements HealthCheck {

    @Inject
    GracefulShutdown shutdown;

    @Override
    public HealthCheckResponse call() {
        Drain drain = shutdown.drain();
        Drain.Phase phase = drain.phase();
        return HealthCheckResponse.named("shutdown")
                .status(phase == Drain.Phase.SERVING)
                .withData("phase", phase.name().toLowerCase(java.util.Locale.ROOT))
                .withData("inFlight", drain.inFlight())
                .build();
    }
}
