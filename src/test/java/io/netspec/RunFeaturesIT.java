package io.netspec;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

/**
 * Runs every scenario under features/ (failsafe, during {@code mvn verify}); plugins are in junit-platform.properties.
 * With {@code -Dnetspec.shard=I/N} only shard I's features run; a shard with no feature runs nothing and passes
 * (hence {@code failIfNoTests = false}; netspec's console says so).
 */
@Suite(failIfNoTests = false)
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.netspec.steps")
public class RunFeaturesIT {
}
