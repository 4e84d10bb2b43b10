package kz.emocare.hub.session;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionCalendarRepository extends JpaRepository<SessionCalendar, UUID> {}
