-- DROP EVENT TRIGGER: IF EXISTS skips a missing trigger with a notice; without it, 42704
DROP EVENT TRIGGER IF EXISTS no_such_event_trigger;
DROP EVENT TRIGGER no_such_event_trigger;
DROP EVENT TRIGGER IF EXISTS no_such_event_trigger CASCADE;
