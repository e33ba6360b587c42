package org.lessons;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Lessons: a search engine over the lessons learned by criminal-justice practitioners. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("lessons")
public class LessonsApplication implements AppShellConfigurator {
    public static void main(String[] args) {
        SpringApplication.run(LessonsApplication.class, args);
    }
}
