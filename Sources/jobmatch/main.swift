print("jobmatch")
