package gov.fpf;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@EnableProcessApplication("fpf-casework")
public class FpfApplication {

    public static void main(String[] args) {
        SpringApplication.run(FpfApplication.class, args);
    }
}
