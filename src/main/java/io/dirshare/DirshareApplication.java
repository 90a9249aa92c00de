package io.dirshare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DirshareApplication {

	public static void main(String[] args) {
		SpringApplication.run(DirshareApplication.class, args);
	}

}
