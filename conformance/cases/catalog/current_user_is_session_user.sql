-- current_user and session_user name the connected role
SELECT current_user = session_user AS same;
