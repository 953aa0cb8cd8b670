package it.api;

import it.support.Api;
import it.support.RolePlays;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every API test starts from: the deployed WAR's address, a client for its REST API, and role-plays over it.
 * Each test class still names its own {@code @Deployment}, as the browser tests do.
 */
@ExtendWith(ArquillianExtension.class)
abstract class OverHttp {

    @ArquillianResource
    URL base;

    Api api;
    RolePlays plays;

    @BeforeEach
    void connect() {
        api = new Api(base);
        plays = new RolePlays(api);
    }
}
