-- Both databases in utf8mb4 (Kazakh letters and emoji), owned by the application user.
CREATE DATABASE IF NOT EXISTS emocare_hub CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS emocare_auth CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
GRANT ALL PRIVILEGES ON emocare_hub.* TO 'emocare'@'%';
GRANT ALL PRIVILEGES ON emocare_auth.* TO 'emocare'@'%';
