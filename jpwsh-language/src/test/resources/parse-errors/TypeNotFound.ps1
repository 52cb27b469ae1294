class Order {
    [Customr]$Buyer
}
