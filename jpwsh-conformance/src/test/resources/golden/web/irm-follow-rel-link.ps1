# Invoke-RestMethod -FollowRelLink requests each answer's next link in turn, at most -MaximumFollowRelLink pages
#! args: @WEBSERVER@
param($Base)
$pages = Invoke-RestMethod "$Base/page/1" -FollowRelLink
$pages.Count
$pages.page -join ','
(Invoke-RestMethod "$Base/page/1" -FollowRelLink -MaximumFollowRelLink 2).page -join ','
(Invoke-RestMethod "$Base/page/2").page
(Invoke-WebRequest "$Base/page/1").RelationLink['next'].Replace($Base, 'BASE')
