package fr.gouv.ptce.systemtests.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(PlatformExtension.class)}: the platform is started before the first test class
 * that asks for it and stopped once, when the whole run ends (root store), so every system test class
 * shares one platform. Test methods and constructors may take {@link SystemTestPlatform} or
 * {@link PtceClient} as parameters.
 */
public final class PlatformExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformExtension.class);

    /** Closed by JUnit after the last test of the run. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        final SystemTestPlatform platform = SystemTestPlatform.start();

        @Override
        public void close() {
            SystemTestPlatform.stop();
        }
    }

    private static SystemTestPlatform platform(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, k -> new Running(), Running.class)
                .platform;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SystemTestPlatform.class || type == PtceClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SystemTestPlatform platform = platform(context);
        return parameter.getParameter().getType() == PtceClient.class ? platform.client() : platform;
    }
}
